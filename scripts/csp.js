/*
 * The Content-Security-Policy of every page the add-in serves: a <meta> in each built page
 * (webpack.config.js) and the header the development server sends (scripts/start.js).
 *
 * Scripts come only from the add-in's origin and, on the pages that load Office.js, from the
 * origins Office.js loads its own files from; no inline script, no eval. Microsoft documents no
 * canonical list of what Office.js needs (OfficeDev/office-js#1005, "Document required CSP
 * values", open); the list here is the one found there by testing:
 *   script-src https://appsforoffice.microsoft.com (office.js and the host, strings and
 *     telemetry files it loads next to itself) and https://ajax.aspnetcdn.com (office.js loads
 *     MicrosoftAjax.js from there on hosts that lack it);
 *   connect-src https://*.pipe.aria.microsoft.com: Office.js's own telemetry
 *     (#1005 names browser.pipe.aria.microsoft.com; the telemetry scripts in
 *     @microsoft/office-js post to its regional hosts au., de., eu., jp., us. …).
 * Styles must allow 'unsafe-inline': the Excel host file sets inline styles
 * (OfficeDev/office-js#1687) and Fluent UI inserts its styles at run time.
 * Frames only from the add-in: outside Office, office.js opens a telemetry iframe on
 * telemetryservice.firstpartyapps.oaspapps.com, which this blocks; inside Office no frame is
 * needed (the quick check's dialog is a window opened by Office, with this page's own policy).
 * A <meta> policy cannot set frame-ancestors: Excel on the web frames the add-in from
 * Microsoft's hosts, which a stricter server could list (OfficeDev/office-js-docs-pr#4911).
 */
"use strict";

const OFFICE_SCRIPT_ORIGINS = ["https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"];
const OFFICE_CONNECT_ORIGINS = ["https://*.pipe.aria.microsoft.com"];

/**
 * The policy of a page: `officeJs` for the pages that load Office.js (task pane, commands,
 * quick check dialog). The development server's live-reload socket is same-origin ('self').
 */
function contentSecurityPolicy({ officeJs }) {
  const office = (origins) => (officeJs ? origins : []);
  const directives = {
    "default-src": ["'self'"],
    "script-src": ["'self'", ...office(OFFICE_SCRIPT_ORIGINS)],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...office(OFFICE_CONNECT_ORIGINS)],
    "frame-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

module.exports = { contentSecurityPolicy, OFFICE_SCRIPT_ORIGINS, OFFICE_CONNECT_ORIGINS };
