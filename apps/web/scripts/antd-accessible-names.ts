import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The two components every Ant Design icon renders through (`AntdIconLight` is the icons' own). */
const ICON_COMPONENT = /[\\/]@ant-design[\\/]icons[\\/]es[\\/]components[\\/]AntdIcon(?:Light)?\.js$/;
/** The illustrations of `<Result status="403" | "404" | "500">`. */
const RESULT_IMAGE = /[\\/]antd[\\/]es[\\/]result[\\/](?:noFound|unauthorized|serverError)\.js$/;
const PREFIX = '\0decorative-icon:';
const wrapper = fileURLToPath(new URL('../src/shared/decorative-icon.ts', import.meta.url));

/**
 * Ant Design names things to screen readers in English on Russian and Chinese pages too, and its
 * components give no way to change that: every icon says its name ("search", "down",
 * "close-circle") and the 403, 404 and 500 illustrations carry an SVG title ("Unauthorized",
 * "No Found", "Server Error"). This plugin renders every icon through `decorative()` (hidden unless
 * given a label in the reader's language) and takes the titles out of the illustrations, which the
 * page's own heading and text already say in the reader's language.
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
      if (!RESULT_IMAGE.test(id)) return null;
      const title = /React\.createElement\("title", null, "[^"]*"\),\s*/;
      const svg = /React\.createElement\("svg", \{/;
      // A new version of the library that draws them otherwise must be looked at again.
      if (!title.test(code) || !svg.test(code)) throw new Error(`${id}: the illustration's title was not found`);
      return {
        code: code.replace(title, '').replace(svg, 'React.createElement("svg", { "aria-hidden": "true",'),
        map: null,
      };
    },
  };
}
