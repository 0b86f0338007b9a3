// The pane's lazily loaded parts, compiled up front: under ts-jest the first import of a
// module compiles it, which can outlast a findBy's wait on a busy machine.
import "../../../src/taskpane/check/mergeRecheck";
import "../../../src/taskpane/check/runCheck";
import "../../../src/taskpane/tabs/CheckResults";
import "../../../src/taskpane/tabs/ReportTab";
import "../../../src/taskpane/tabs/SettingsTab";
import "../../../src/taskpane/tabs/TemplatesTab";
import "../../../src/taskpane/tabs/ConsolidateTab";
import "../../../src/taskpane/consolidate/collectFiles";
import "../../../src/taskpane/budget/runBudgetCheck";
import "../../../src/taskpane/tabs/BudgetTab";
import "../../../src/taskpane/tabs/BudgetResults";
