// Types of common.mjs, for the tests that share its random number generator.
export declare const root: string;
export declare const bin: string;
export declare function opt(name: string, fallback?: string): string | undefined;
export declare function flag(name: string): boolean;
export declare function library(script: string): Promise<typeof import("../src/index.js")>;
export declare function rng(seed: number): () => number;
