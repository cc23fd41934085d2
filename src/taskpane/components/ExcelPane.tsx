import * as React from "react";
import type { CoreApi } from "../../app/core-api";
import { createExcelSession } from "../../app/excel-session";
import { paneActions } from "../actions";
import { Pane } from "./Pane";

/** The pane inside Excel: one session over the Office.js host for the pane's lifetime. */
export function ExcelPane(props: { core: CoreApi }): React.JSX.Element {
  const session = React.useMemo(() => createExcelSession(props.core), [props.core]);
  const actions = React.useMemo(() => paneActions(session), [session]);
  return <Pane actions={actions} notices={session.host.notices()} />;
}
