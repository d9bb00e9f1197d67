// Exporting from the window: the core writes the file; the system's own
// dialog asks where (and before replacing a file).

import { call } from "./api.js";
import { t } from "./i18n.js";

/**
 * A handler that asks where to save and exports there: `args` ({format,
 * personId}) for one file, or null for the CSV files into a folder.
 */
export function exportTo(app, args) {
  return async () => {
    try {
      const written = args ? await call("export_file", args) : await call("export_csv_folder");
      if (written) app.announce(t("data-exported", { path: written }));
    } catch (error) {
      app.failed(error);
    }
  };
}
