import "./zodWithoutEval.ts";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { TokenPrompt } from "./components/TokenPrompt.tsx";

const root = document.getElementById("root");
if (!root) throw new Error("web: #root is missing from index.html");
createRoot(root).render(
  <StrictMode>
    <App />
    <TokenPrompt />
  </StrictMode>,
);
