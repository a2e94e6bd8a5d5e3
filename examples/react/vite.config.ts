import { defineConfig } from 'vite';
import { exampleConfig } from '../vite.shared.js';

// Vite compiles JSX itself (React 19's automatic runtime, from tsconfig.json): no React plugin is needed to build.
export default defineConfig(exampleConfig('react'));
