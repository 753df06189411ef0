/** Compresses every compressible file under `dir`; returns how many files it wrote forms for. */
export function compressAssets(dir: string): number;
