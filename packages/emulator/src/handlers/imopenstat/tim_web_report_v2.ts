// imopenstat.tim_web_report_v2: the SDK's telemetry in private mode. Accepted and
// dropped: nothing leaves the machine.
import type { Handler } from '../../protocol/router.js';

export const timWebReportV2: Handler = { auth: 'none', handle: () => ({}) };
