/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The web app runs in browsers: the root typecheck (ES2023 + node) gets the DOM from here.
