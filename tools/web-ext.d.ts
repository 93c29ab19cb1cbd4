// The part of web-ext's programmatic API that tools/lint-firefox.ts uses (web-ext ships no types).
declare module 'web-ext' {
  const webExt: {
    cmd: {
      lint(params: Record<string, unknown>, options?: { shouldExitProgram?: boolean }): Promise<unknown>;
    };
  };
  export default webExt;
}
