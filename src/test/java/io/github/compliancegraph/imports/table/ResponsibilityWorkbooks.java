package io.github.compliancegraph.imports.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks in the layouts of published responsibility documents, written at test time so that no
 * binary lies in the repository, each with the traps of its layout: a FedRAMP CIS/CRM workbook,
 * a cloud provider's security baseline, a CSA CCM SSRM sheet, and a workbook holding two tables
 * alike. The providers are fictitious; the counts the tests expect are in each method's comment.
 */
public final class ResponsibilityWorkbooks {

    private static final String[] BLANK = {};

    private ResponsibilityWorkbooks() {
    }

    /**
     * A FedRAMP CIS/CRM workbook of Nimbus Gov Cloud: sheet 1 {@code Instructions} (prose), sheet 2
     * {@code CIS Worksheet} (a title row, then "Control ID" over two rows beside the groups
     * "Implementation Status" and "Control Origination", whose columns rows mark with X), sheet 3
     * {@code CRM} (a title row, a blank row, the header, then 9 controls: Yes 3, No 3 (one in a cell
     * merged with the one above), Partial 3; a blank row; stray spaces and lower case). On the CIS
     * worksheet 6 of the controls are Implemented, 2 Partially Implemented, 1 Planned.
     */
    public static byte[] fedrampCisCrm() {
        try (var workbook = new XSSFWorkbook()) {
            rows(workbook.createSheet("Instructions"),
                    row("Instructions"),
                    row("This workbook holds the Control Implementation Summary (CIS) and the Customer Responsibility Matrix (CRM) "
                            + "of Nimbus Gov Cloud (fictitious)."),
                    row("On the CIS Worksheet, mark the implementation status and the control origination of each control with an X."),
                    row("On the CRM, say whether each control can be inherited from the CSP and describe the customer's responsibilities."));
            Sheet cis = rows(workbook.createSheet("CIS Worksheet"),
                    row("Nimbus Gov Cloud (fictitious) - Control Implementation Summary (CIS) Worksheet"),
                    row("Control ID", "Implementation Status", "", "", "", "", "Control Origination"),
                    row("", "Implemented", "Partially Implemented", "Planned", "Alternative Implementation", "Not Applicable",
                            "Service Provider Corporate", "Service Provider System Specific",
                            "Service Provider Hybrid (Corporate and System Specific)", "Configured by Customer (Customer System Specific)",
                            "Provided by Customer (Customer System Specific)", "Shared (Service Provider and Customer Responsibility)",
                            "Inherited from pre-existing FedRAMP Authorization"),
                    row("AC-01", "X", "", "", "", "", "X", "", "", "X"),
                    row("AC-02 (a)", "X", "", "", "", "", "", "", "", "X"),
                    row("AC-02 (b)", "X", "", "", "", "", "", "", "", "", "X"),
                    row("AC-2 (1)", "X", "", "", "", "", "", "X"),
                    row("AC-17", "", "X", "", "", "", "", "", "", "", "", "X"),
                    row("AU-2", "", "", "X", "", "", "", "", "", "", "", "X"),
                    row("IA-05 (04)", "X", "", "", "", "", "", "", "", "X"),
                    row("SC-7", "X", "", "", "", "", "", "", "", "", "", "", "X"),
                    row("SI-16", "", "X", "", "", "", "", "X"));
            merge(cis, "A1:M1");
            merge(cis, "A2:A3");
            merge(cis, "B2:F2");
            merge(cis, "G2:M2");
            Sheet crm = rows(workbook.createSheet("CRM"),
                    row("Nimbus Gov Cloud (fictitious) Customer Responsibility Matrix (CRM) Worksheet"),
                    BLANK,
                    row("Control ID", "Can Be Inherited from CSP", "Specific Inheritance and Customer Agency/CSP Responsibilities",
                            "Internal Comments"),
                    row("AC-01", "Partial", "Nimbus provides the access control policy of the platform. The customer develops "
                            + "its own access control policy for its users.", "reviewed in 2024"),
                    row("AC-02 (a)", "No", "The customer defines the types of accounts allowed in its tenant."),
                    row("AC-02 (b)", "", "The customer assigns account managers for its accounts."),
                    BLANK,
                    row("AC-2 (1)", "Yes", "Nimbus manages platform accounts with automated mechanisms; customers inherit this control."),
                    row("AC-17", "Partial", "Nimbus secures remote access to the platform; the customer authorises remote access "
                            + "to its own systems.", "ask engineering"),
                    row("AU-2", "partial", "Nimbus logs platform events; the customer selects the events its applications log."),
                    row("IA-05 (04)", "No", "The customer enforces password strength for its users with automated tools."),
                    row("SC-7", " Yes ", "Nimbus monitors and controls communications at the platform boundary."),
                    row("SI-16", "yes", "Nimbus protects platform memory from unauthorised code execution."));
            merge(crm, "A1:D1");
            merge(crm, "B5:B6");
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The security baseline of Contoso Cloud for one service, one row per recommendation (sheet
     * {@code Security Baseline}): a title row, a note, a blank row, then Control Domain (merged over
     * its rows), ASB Control ID, CIS Controls v8 ID(s) (not a column the import reads), NIST SP800-53 r4
     * ID(s) (with titles and line breaks, and a family row {@code AC: ACCESS CONTROL}),
     * Recommendation, Customer Guidance (blank on three rows) and Responsibility: Customer 4,
     * Contoso Cloud 3, Shared 2, Not applicable 1, in 4 domains, a blank row among them.
     */
    public static byte[] providerBaseline() {
        try (var workbook = new XSSFWorkbook()) {
            Sheet sheet = rows(workbook.createSheet("Security Baseline"),
                    row("Contoso Cloud security baseline for Contoso Compute (fictitious), version 1.0"),
                    row("Each recommendation says who acts on it: Contoso Cloud, the customer, or both."),
                    BLANK,
                    row("Control Domain", "ASB Control ID", "CIS Controls v8 ID(s)", "NIST SP800-53 r4 ID(s)", "Recommendation",
                            "Customer Guidance", "Responsibility"),
                    row("Network Security", "NS-1", "12.2", "SC-7: BOUNDARY PROTECTION\nAC-4: INFORMATION FLOW ENFORCEMENT",
                            "Establish network segmentation boundaries",
                            "Create virtual networks for your workloads and deny traffic between them by default.", "Customer"),
                    row("", "NS-2", "3.12", "SC-7", "Secure cloud services with network controls",
                            "Disable public network access to the services you deploy.", "Shared "),
                    row("", "NS-3", "13.10", "AC-4", "Deploy a firewall at the edge of the platform network", "", "Contoso Cloud"),
                    BLANK,
                    row("Identity Management", "IM-1", "6.7", "AC-2", "Use a centralized identity and authentication system",
                            "Federate your directory with Contoso Identity.", "Shared"),
                    row("", "IM-2", "6.1", "AC-2 (1)", "Manage accounts automatically", "Enable automated account provisioning.",
                            "customer"),
                    row("", "IM-3", "6.5", "IA-2 (1)", "Enforce multi-factor authentication for platform operators", "",
                            "Contoso Cloud"),
                    row("Privileged Access", "PA-1", "5.4", "AC: ACCESS CONTROL", "Separate and limit highly privileged users",
                            "Limit the number of administrators of your subscriptions.", "Customer"),
                    row("", "PA-2", "", "AC-6", "Avoid standing access for platform support engineers",
                            "Contoso Cloud support has no standing access to customer data; nothing to configure.", "Not applicable"),
                    row("Data Protection", "DP-1", "3.11", "SC-28", "Encrypt sensitive data at rest by default", "",
                            "Contoso  Cloud"),
                    row("", "DP-2", "3.11", "SC-12", "Use customer-managed keys where required",
                            "Create keys in your key vault and rotate them every year.", "Customer "));
            merge(sheet, "A1:G1");
            merge(sheet, "A5:A7");
            merge(sheet, "A9:A11");
            merge(sheet, "A12:A13");
            merge(sheet, "A14:A15");
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The CSA CCM v4 SSRM of Nimbus Cloud: sheet 1 {@code Introduction} (a glossary), sheet 2
     * {@code CCM SSRM}: a title row, a group row ("Cloud Controls Matrix", "Shared Security
     * Responsibility Model", "Mappings"), the header, then 9 controls in 3 domains (merged over
     * their rows), a blank row among them: SSRM Control Ownership CSP-owned 2, CSC-owned 2, Shared
     * CSP and CSC 2, Third-party outsourced 1, Shared CSP and 3rd party 1, N/A 1, with stray spaces
     * and lower case; CSP Implementation Description and CSC Responsibilities, one of them blank on
     * 7 rows; NIST SP 800-53 rev5 ids ({@code AC-2(1)}, {@code ca-2}).
     */
    public static byte[] ccmSsrm() {
        try (var workbook = new XSSFWorkbook()) {
            rows(workbook.createSheet("Introduction"),
                    row("Term", "Meaning"),
                    row("SSRM Control Ownership", "Who implements the control: the CSP, the CSC, both, or a third party."),
                    row("CSP", "Cloud service provider"),
                    row("CSC", "Cloud service customer"));
            Sheet sheet = rows(workbook.createSheet("CCM SSRM"),
                    row("Cloud Controls Matrix v4.0 - Shared Security Responsibility Model of Nimbus Cloud (fictitious)"),
                    row("Cloud Controls Matrix", "", "", "", "Shared Security Responsibility Model", "", "", "Mappings"),
                    row("Control Domain", "Control ID", "Control Title", "Control Specification", "SSRM Control Ownership",
                            "CSP Implementation Description", "CSC Responsibilities", "NIST SP 800-53 rev5"),
                    row("Audit & Assurance", "A&A-01", "Audit and Assurance Policy and Procedures",
                            "Establish, document, approve, communicate, apply, evaluate and maintain audit and assurance policies.",
                            "Shared CSP and CSC", "Nimbus maintains an audit policy for the platform.",
                            "The customer maintains an audit policy for its workloads.", "CA-1"),
                    row("", "A&A-02", "Independent Assessments", "Conduct independent audit and assurance assessments every year.",
                            "CSP-owned", "Nimbus is assessed by an independent auditor every year.", "", "ca-2"),
                    row("", "A&A-03", "Risk Based Planning Assessment", "Perform independent assessments according to risk.",
                            "Third-party outsourced", "Nimbus's auditor plans its assessments by risk.", "", "RA-3"),
                    BLANK,
                    row("Identity & Access Management", "IAM-01", "Identity and Access Management Policy and Procedures",
                            "Establish identity and access management policies.", "CSC-owned", "",
                            "The customer defines the identity and access management policy of its tenant.", "AC-1"),
                    row("", "IAM-02", "Strong Password Policy and Procedures", "Establish strong password policies.",
                            "Shared CSP and 3rd party", "Nimbus enforces password rules in its identity service, run by its identity "
                            + "provider.", "", "IA-5(1)"),
                    row("", "IAM-03", "Identity Inventory", "Manage, store and review the information of system identities.",
                            "N/A", "Nimbus keeps no identities of its customers' users.", "", "AC-2"),
                    row("", "IAM-04", "Separation of Duties", "Employ the separation of duties principle.", " CSP-owned",
                            "Nimbus separates the duties of its operators.", "", "AC-5"),
                    row("", "IAM-05", "Least Privilege", "Employ the least privilege principle.", "shared csp and csc",
                            "Nimbus grants its operators least privilege.", "The customer grants its users least privilege.",
                            "AC-6, AC-2(1)"),
                    row("Data Security and Privacy Lifecycle Management", "DSP-01", "Security and Privacy Policy and Procedures",
                            "Establish policies for the classification, protection and handling of data.", "CSC-owned", "",
                            "The customer classifies and protects its data.", "SC-28"));
            merge(sheet, "A1:H1");
            merge(sheet, "A2:D2");
            merge(sheet, "E2:G2");
            merge(sheet, "A4:A6");
            merge(sheet, "A8:A12");
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sheets {@code Matrix 2023} (2 statements) and {@code Matrix 2024} (3: provider, customer, shared), headed alike. */
    public static byte[] ambiguous() {
        try (var workbook = new XSSFWorkbook()) {
            String[] header = row("Section", "Party", "Statement", "Reference");
            rows(workbook.createSheet("Matrix 2023"), header,
                    row("1 Access control", "Provider", "Nimbus reviews the access of its administrators.", "NIST AC-2"),
                    row("", "Customer", "The customer reviews the access of its users.", "NIST AC-2 (1)"));
            rows(workbook.createSheet("Matrix 2024"), header,
                    row("1 Access control", "Provider", "Nimbus reviews the access of its administrators every quarter.", "NIST AC-2"),
                    row("", "Customer", "The customer reviews the access of its users.", "NIST AC-2 (1)"),
                    row("2 Logging", "Shared", "Nimbus and the customer keep the logs of their own systems.", "NIST AU-2"));
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] row(String... cells) {
        return cells;
    }

    /** The rows from the sheet's first; an empty cell is left out, as a spreadsheet leaves it. */
    private static Sheet rows(Sheet sheet, String[]... rows) {
        for (int r = 0; r < rows.length; r++) {
            var row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (!rows[r][c].isEmpty()) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        }
        return sheet;
    }

    private static void merge(Sheet sheet, String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        try (var out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
