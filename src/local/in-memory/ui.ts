/**
 * Stand-ins for the Apps Script UI the add-on uses: add-on menus, modal dialogs, sidebars,
 * alerts and HtmlService outputs. They record what was shown so tests and the preview can
 * look at it.
 */

import { existsSync, readFileSync } from "node:fs";
import { projectPath } from "../paths";

export interface MenuItem {
  readonly label: string;
  readonly functionName: string;
}

export class FakeHtmlOutput {
  width = 0;
  height = 0;
  title = "";
  constructor(public content: string) {}
  append(html: string): this {
    this.content += html;
    return this;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getContent(): string {
    return this.content;
  }
}

/**
 * HtmlService: outputs from text, and from the .html files build.mjs writes beside Code.js
 * (an Apps Script project's files), read from dist/.
 */
export const fakeHtmlService = {
  createHtmlOutput: (html = "") => new FakeHtmlOutput(html),
  createHtmlOutputFromFile: (name: string) => {
    const file = projectPath("dist", `${name}.html`);
    if (!existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
    return new FakeHtmlOutput(readFileSync(file, "utf8"));
  },
};

class FakeMenu {
  private readonly items: MenuItem[] = [];
  constructor(
    private readonly ui: FakeUi,
    private readonly title: string,
  ) {}
  addItem(label: string, functionName: string): this {
    this.items.push({ label, functionName });
    return this;
  }
  addSeparator(): this {
    return this;
  }
  addToUi(): void {
    this.ui.menus.set(this.title, [...this.items]);
  }
}

export type AlertButton = "OK" | "CANCEL" | "YES" | "NO" | "CLOSE";

export class FakeUi {
  readonly menus = new Map<string, MenuItem[]>();
  readonly dialogs: { title: string; output: FakeHtmlOutput }[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly alerts: { title: string; prompt: string }[] = [];
  readonly ButtonSet = { OK: "OK", OK_CANCEL: "OK_CANCEL", YES_NO: "YES_NO" } as const;
  readonly Button = { OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO", CLOSE: "CLOSE" } as const;
  /** The button the next alert "clicks". */
  nextAlertAnswer: AlertButton = "OK";

  createAddonMenu(): FakeMenu {
    return new FakeMenu(this, "Add-on");
  }
  createMenu(title: string): FakeMenu {
    return new FakeMenu(this, title);
  }
  showModalDialog(output: FakeHtmlOutput, title: string): void {
    this.dialogs.push({ title, output });
  }
  showSidebar(output: FakeHtmlOutput): void {
    this.sidebars.push(output);
  }
  /** alert(prompt) or alert(title, prompt, buttons), as in Apps Script. */
  alert(titleOrPrompt: string, prompt?: string): AlertButton {
    this.alerts.push(
      prompt === undefined
        ? { title: "", prompt: titleOrPrompt }
        : { title: titleOrPrompt, prompt },
    );
    return this.nextAlertAnswer;
  }
}
