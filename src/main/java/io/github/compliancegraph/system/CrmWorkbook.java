package io.github.compliancegraph.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import io.github.compliancegraph.oscal.SharedResponsibilitySsp;
import io.github.compliancegraph.system.HeldClause.Statement;
import io.github.compliancegraph.system.PlanEntry.Share;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A system's own plan as a workbook in the layout of FedRAMP's Customer Responsibility Matrix (CRM):
 * a title row, then {@code Control ID}, {@code Can Be Inherited from CSP} ({@code Yes} when a
 * provider of the chain settles the clause, {@code Partial} when it is shared, {@code No} when it is
 * left to the system or nobody speaks of it) and what is left to the system, with the providers'
 * statements quoted, one row per assessable clause. The control id is the clause's ref as the
 * framework writes it ({@code 10.5.c}), so the responsibility-matrix import reads the workbook back
 * with the option {@code framework}.
 */
final class CrmWorkbook {

    static final String SHEET = "CRM";
    static final List<String> HEADER = List.of("Control ID", "Can Be Inherited from CSP",
            "Specific Inheritance and Customer Agency/CSP Responsibilities");
    /** Rows above the first clause: the title and the header. */
    static final int FIRST_ROW = 2;
    /** What a spreadsheet cell holds at most; a longer text is cut, saying how many statements it leaves out. */
    static final int MAX_CELL = 32_767;

    private CrmWorkbook() {
    }

    static byte[] of(SystemPlan plan) {
        try (var workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            var font = workbook.createFont();
            font.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(font);
            bold.setWrapText(true);
            String title = plan.name() + " (" + plan.system() + ") Customer Responsibility Matrix (CRM) for "
                    + plan.framework().title() + ", built on " + plan.chainLine() + "; exported by compliance-graph";
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
            Row header = sheet.createRow(1);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int number = FIRST_ROW;
            for (PlanEntry entry : plan.entries()) {
                Row row = sheet.createRow(number++);
                row.createCell(0).setCellValue(entry.clause().ref());
                row.createCell(1).setCellValue(entry.inheritable());
                row.createCell(2).setCellValue(text(plan, entry));
                row.getCell(2).setCellStyle(wrapped);
            }
            sheet.setColumnWidth(0, 14 * 256);
            sheet.setColumnWidth(1, 16 * 256);
            sheet.setColumnWidth(2, 120 * 256);
            sheet.createFreezePane(0, FIRST_ROW);
            OffsetDateTime written = SharedResponsibilitySsp.lastImported(plan.sources());
            var properties = workbook.getProperties().getCoreProperties();
            properties.setCreated(Optional.of(Date.from(written.toInstant())));
            properties.setCreator("compliance-graph");
            properties.setTitle(title);
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return stamped(out.toByteArray(), written.toLocalDateTime());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CRM workbook of " + plan.system(), e);
        }
    }

    /** What is left to the system, then what each provider of the path says, quoted. */
    static String text(SystemPlan plan, PlanEntry entry) {
        var lines = new ArrayList<String>();
        lines.add(entry.remains(plan));
        for (Share share : entry.shares()) {
            lines.add(entry.said(share));
            for (Statement s : share.provided()) {
                String who = s.party().equals(share.level().party()) ? share.level().name()
                        : s.party() + " (a third party of " + share.level().name() + ")";
                lines.add("- " + who + ": \"" + s.text() + "\"");
            }
            for (Statement s : share.leftToSystem()) {
                lines.add("- " + share.level().name() + ", to its customer: \"" + s.text() + "\"");
            }
        }
        return capped(lines);
    }

    /** The lines joined, as many as a cell holds. */
    private static String capped(List<String> lines) {
        var text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String more = "\n(" + (lines.size() - i) + " more lines: see the system's OSCAL plan)";
            if (text.length() + 1 + lines.get(i).length() + more.length() > MAX_CELL) {
                return text.append(more).toString();
            }
            text.append(i == 0 ? "" : "\n").append(lines.get(i));
        }
        return text.toString();
    }

    /**
     * POI stamps every entry of the zip with the time it is written; stamped with the plan's date
     * instead (local, so no time zone changes it), the same graph gives the same bytes.
     */
    private static byte[] stamped(byte[] xlsx, LocalDateTime time) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(xlsx)); var zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
