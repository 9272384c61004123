// A Vite plugin for the Electron main bundle: pdfkit reads two kinds of data files at run time, which a packaged
// app (one CommonJS bundle in an asar, no node_modules) does not have: the 14 standard fonts' metrics, loaded by
// createRequire('#standard-fonts/…') through pdfkit's own package.json, and the sRGB colour profile, read with
// fs from a path beside pdfkit's module. This plugin puts both into the bundle as plain imports. The report never
// uses a standard font (font: null) nor PDF/A today; the plugin exists so that using them later cannot break
// only in the packaged app. It fails the build if pdfkit's code no longer has the shape it rewrites.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const PDFKIT_NODE_MODULE = /[\\/]node_modules[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/;
const STANDARD_FONT_LOAD = /require\$1\('#standard-fonts\/(\w+)'\)/g;
const ICC_READ = 'fs.readFileSync(ICC_PROFILE_PATH)';
const ICC_MODULE = '\0workbench:pdfkit-icc';

export function pdfkitDataPlugin(projectRoot: string): Plugin {
  // pdfkit's exports map hides package.json; its CommonJS entry is js/pdfkit.js, beside js/data/.
  const pdfkitJsDir = dirname(createRequire(join(projectRoot, 'package.json')).resolve('pdfkit'));
  return {
    name: 'workbench:pdfkit-data',
    enforce: 'pre',
    resolveId: (id) => (id === ICC_MODULE ? ICC_MODULE : null),
    load(id) {
      if (id !== ICC_MODULE) return null;
      const bytes = readFileSync(join(pdfkitJsDir, 'data', 'sRGB_IEC61966_2_1.icc')).toString('base64');
      return `export default Buffer.from(${JSON.stringify(bytes)}, 'base64');`;
    },
    transform(code, id) {
      if (!PDFKIT_NODE_MODULE.test(id)) return null;
      const fonts = new Set<string>();
      let out = code.replace(STANDARD_FONT_LOAD, (_all, name: string) => {
        fonts.add(name);
        return `__workbenchStandardFont_${name}`;
      });
      if (fonts.size !== 14 || !out.includes(ICC_READ)) {
        this.error(
          `pdfkit's data loading changed (found ${fonts.size} standard fonts); update ${import.meta.filename}`,
        );
      }
      out = out.replace(ICC_READ, '__workbenchIccProfile');
      const imports = [...fonts].map(
        (name) => `import __workbenchStandardFont_${name} from 'pdfkit/standard-fonts/${name}';`,
      );
      imports.push(`import __workbenchIccProfile from '${ICC_MODULE}';`);
      return { code: `${imports.join('\n')}\n${out}`, map: null };
    },
  };
}
