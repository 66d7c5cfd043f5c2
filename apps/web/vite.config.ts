import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** `pnpm dev` serves on 5173 and proxies the API to the paperkg server; `pnpm build` writes dist/. */
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: { "/api": { target: process.env.PAPERKG_API ?? "http://127.0.0.1:7700", changeOrigin: false } },
  },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
