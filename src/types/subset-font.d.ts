// subset-font ships no types: the one call flowtrace makes (src/i18n/ethiopicFont.ts).
declare module "subset-font" {
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: "sfnt" | "woff" | "woff2" }): Promise<Buffer>;
}
