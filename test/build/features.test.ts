/**
 * The list of features drives the build: a manifest's function, menu item, page or files that
 * are not wired fail it, and so do a server export no manifest names and a feature folder
 * missing from the list. The typechecks cover every page the manifests name.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  bundledFeatures,
  checkFeatures,
  type Namespace,
  type Servers,
  typecheckProjects,
} from "../../build.mjs";

type Bundled = Awaited<ReturnType<typeof bundledFeatures>>;
let bundled: Bundled;
beforeAll(async () => {
  bundled = await bundledFeatures();
}, 60_000);

/** The real features, with one of them changed. */
function withFeature(
  id: string,
  change: (feature: Namespace["FEATURES"][number]) => Namespace["FEATURES"][number],
): Namespace {
  const FEATURES = bundled.namespace.FEATURES.map((feature) =>
    feature.id === id ? change({ ...feature }) : feature,
  );
  return { ...bundled.namespace, FEATURES };
}

/** The real servers, with one more function exported by one of them. */
function withExport(id: string, name: string): Servers {
  const server = bundled.servers[id];
  if (!server) throw new Error(`no server ${id}`);
  return { ...bundled.servers, [id]: { ...server, exports: { ...server.exports, [name]() {} } } };
}

const FOLDERS = ["templates", "wizard", "report", "function-reference"];

describe("checkFeatures", () => {
  it("accepts the features as they are", () => {
    expect(() => checkFeatures(bundled.namespace, bundled.servers, FOLDERS)).not.toThrow();
  });

  it("refuses a function a page calls that the server does not export", () => {
    const namespace = withFeature("wizard", (f) => ({
      ...f,
      serves: [...(f.serves as object[]), { name: "wizardUndo", params: [] }],
    }));
    expect(() => checkFeatures(namespace, bundled.servers, FOLDERS)).toThrow(
      "wizard: wizardUndo is not a function its server.ts exports",
    );
  });

  it("refuses a menu item whose function is missing", () => {
    const namespace = withFeature("report", (f) => ({
      ...f,
      menu: [...(f.menu as object[]), { run: "showReportArchive", labels: {} }],
    }));
    expect(() => checkFeatures(namespace, bundled.servers, FOLDERS)).toThrow(
      "report: showReportArchive is not a function its server.ts exports",
    );
  });

  it("refuses a server function no manifest names", () => {
    expect(() => checkFeatures(bundled.namespace, withExport("report", "x"), FOLDERS)).toThrow(
      "report: server.ts exports x, which its manifest does not name",
    );
  });

  it("refuses a page without its entry and markup, and files without files.ts", () => {
    const namespace = withFeature("templates", (f) => ({
      ...f,
      pages: [{ file: "Templates", folder: "pages/missing" }],
      files: true,
    }));
    const thrown = () => checkFeatures(namespace, bundled.servers, FOLDERS);
    expect(thrown).toThrow("templates: pages/missing has no main.ts(x)");
    expect(thrown).toThrow("templates: pages/missing has no index.html");
    expect(thrown).toThrow("templates: its manifest names files, but it has no files.ts");
  });

  it("refuses a feature folder that is not in the list", () => {
    expect(() => checkFeatures(bundled.namespace, bundled.servers, [...FOLDERS, "export"])).toThrow(
      "src/features/export is not in features.ts",
    );
  });

  it("refuses a name two functions share", () => {
    const namespace = withFeature("function-reference", (f) => ({
      ...f,
      serves: [{ name: "CPE", params: [] }],
    }));
    expect(() =>
      checkFeatures(namespace, withExport("function-reference", "CPE"), FOLDERS),
    ).toThrow("function-reference: CPE is also in Code.js");
  });
});

describe("typechecks", () => {
  it("cover the server, core alone, every page of every feature and the browser tests", () => {
    expect(typecheckProjects(bundled.namespace)).toEqual([
      ".",
      "src/core",
      "src/features/import/pages/dialog",
      "src/features/wizard/pages/sidebar",
      "src/features/wizard/pages/help",
      "src/features/report/pages/dialog",
      "src/features/report/pages/view",
      "src/local/preview/shell",
      "test/browser",
    ]);
  });
});
