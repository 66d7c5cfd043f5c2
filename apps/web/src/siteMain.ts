/**
 * Entry of the static offline site build (`vite.site.config.ts`): the same app as `main.tsx`,
 * with its stylesheet bundled, as one classic script that runs from `file://`.
 */
import "./styles/index.css";
import "./main.tsx";
