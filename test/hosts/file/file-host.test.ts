import { cellAt } from "../../../src/core/grid";
import { FileWorkbookHost } from "../../../src/hosts/file";
import { buildTemplate, LEDGER } from "../../fixtures/xlsx/template";
import { patch } from "./xml-helpers";

test("the WorkbookHost port: read, apply, undo restores the exact bytes", async () => {
  const original = buildTemplate().bytes;
  const host = new FileWorkbookHost(original, "台账.xlsx");
  const steps: string[] = [];
  const grid = await host.read({ onProgress: (p) => steps.push(p.step) });
  expect(cellAt(grid.sheets[0], 3, 2)).toBe("王建国");
  expect(steps.length).toBeGreaterThan(0);

  const record = await host.apply(
    patch({ writes: [{ sheet: LEDGER, row: 3, col: 2, value: { kind: "text", text: "王建军" }, previous: "王建国" }] }),
    "改正姓名",
  );
  expect(record.label).toBe("改正姓名");
  expect(cellAt((await host.read()).sheets[0], 3, 2)).toBe("王建军");
  expect(host.toBytes()).not.toEqual(original);

  await host.undo(record);
  expect(cellAt((await host.read()).sheets[0], 3, 2)).toBe("王建国");
  expect(host.toBytes()).toEqual(original);
});
