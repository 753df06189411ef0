import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The two components every Ant Design icon renders through (`AntdIconLight` is the icons' own). */
const ICON_COMPONENT = /[\\/]@ant-design[\\/]icons[\\/]es[\\/]components[\\/]AntdIcon(?:Light)?\.js$/;
/**
 * Files of the library whose English names are taken out: the illustrations of
 * `<Result status="403" | "404" | "500">` lose their SVG title (the page's heading and text say it
 * in the reader's language), and the mouse-only arrows of a number field ("Increase Value") are
 * hidden, as a keyboard or a screen reader steps the field itself with the arrow keys.
 */
const REWRITES: { file: RegExp; replace: [RegExp, string][] }[] = [
  {
    file: /[\\/]antd[\\/]es[\\/]result[\\/](?:noFound|unauthorized|serverError)\.js$/,
    replace: [
      [/React\.createElement\("title", null, "[^"]*"\),\s*/, ''],
      [/React\.createElement\("svg", \{/, 'React.createElement("svg", { "aria-hidden": "true",'],
    ],
  },
  {
    // A select's clear button says "Clear" in English: left without a name, its icon names it in
    // the reader's language (the close-circle icon inside a nameless control, see decorative-icon.ts).
    file: /[\\/]@rc-component[\\/]select[\\/]es[\\/]hooks[\\/]useAllowClear\.js$/,
    replace: [[/allowClearConfig\.label \?\? 'Clear'/, "allowClearConfig.label ?? ''"]],
  },
  {
    file: /[\\/]@rc-component[\\/]input-number[\\/]es[\\/]StepHandler\.js$/,
    replace: [[/"aria-label": isUpAction \? 'Increase Value' : 'Decrease Value',/, '"aria-hidden": true,']],
  },
];
const PREFIX = '\0decorative-icon:';
const wrapper = fileURLToPath(new URL('../src/shared/decorative-icon.ts', import.meta.url));

/**
 * Ant Design names things to screen readers in English on Russian and Chinese pages too, and its
 * components give no way to change that: every icon says its name ("search", "down",
 * "close-circle"), the 403, 404 and 500 illustrations carry an SVG title ("Unauthorized",
 * "No Found", "Server Error") and number fields have "Increase Value" arrows. This plugin renders
 * every icon through `decorative()` (hidden unless given a label in the reader's language) and
 * takes the other English names out (`REWRITES`).
 */
export function antdAccessibleNames(): Plugin {
  return {
    name: 'innobridge:antd-accessible-names',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer.startsWith(PREFIX) || !/AntdIcon(?:Light)?(?:\.js)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && ICON_COMPONENT.test(resolved.id) ? `${PREFIX}${resolved.id}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const original = JSON.stringify(id.slice(PREFIX.length));
      return `import Icon from ${original};\nimport { decorative } from ${JSON.stringify(wrapper)};\nexport default decorative(Icon);\n`;
    },
    transform(code, id) {
      const rewrite = REWRITES.find(({ file }) => file.test(id));
      if (!rewrite) return null;
      let out = code;
      for (const [pattern, replacement] of rewrite.replace) {
        // A new version of the library that says it otherwise must be looked at again.
        if (!pattern.test(out)) throw new Error(`${id}: ${pattern} was not found`);
        out = out.replace(pattern, replacement);
      }
      return { code: out, map: null };
    },
  };
}
