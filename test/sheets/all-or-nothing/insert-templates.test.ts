/** Insert templates, new and again, fails at any write and leaves the workbook as it was. */
import { describe } from "vitest";
import { ACTIONS, failEveryWrite } from "./actions";

describe.each(ACTIONS.filter((action) => action.name.startsWith("Insert templates")))(
  "$name",
  failEveryWrite,
);
