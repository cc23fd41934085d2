/** A small messy ledger (padded names, full-width digits, text dates, #N/A, bad IDs) for the pane's tests. */
import type { WorkbookGrid } from "../../src/core/grid";
import { fullWidth, ledgerGrid, makeId, serial } from "../helpers";

/** A valid ID with its last (check) character changed: an id.checksum finding that quotes the ID. */
export const BAD_ID = (() => {
  const id = makeId("1990-03-07", 651);
  return id.slice(0, 17) + (id[17] === "1" ? "2" : "1");
})();

export const BAD_PHONE = "1381234567"; // 10 digits

export function messyLedger(): WorkbookGrid {
  const base = {
    信访形式: "来访",
    信访层级: "来镇",
    办理状态: "办理中",
  };
  return ledgerGrid(
    [
      {
        ...base,
        登记日期: serial("2026-10-08"),
        信访人: "殷  飞",
        身份证号: BAD_ID,
        诉求内容: "反映拖欠工资，要求支付",
      },
      { ...base, 登记日期: "2026年10月9日", 信访人: "王  俍", 联系电话: BAD_PHONE, 诉求内容: "反映低保被取消" },
      {
        ...base,
        登记日期: fullWidth("2026-10-12"),
        信访人: "沙凌云、黄常荣",
        信访形式: "跑步",
        诉求内容: "反映道路损坏",
      },
      { ...base, 登记日期: "2026-13-45", 信访人: "周洪春", 诉求内容: "反映村干部换届选举问题" },
      { ...base, 登记日期: serial("2026-10-20"), 信访人: { error: "#N/A" }, 诉求内容: "反映征地补偿" },
      { ...base, 登记日期: serial("2026-10-21"), 信访人: "高栋", 诉求内容: "" },
    ],
    { titles: ["2026年孟河镇信访事项登记台账"] },
  );
}
