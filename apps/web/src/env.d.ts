/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The web app runs in browsers: the root typecheck (ES2023 + node) gets the DOM from here.

/** Stylesheets imported for their side effect (the site build bundles them; see siteMain.ts). */
declare module "*.css";
