/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by src/pages/reports/[slug].astro before it renders the report body. */
    report?: import('./lib/report-context').ReportContext;
  }
}
