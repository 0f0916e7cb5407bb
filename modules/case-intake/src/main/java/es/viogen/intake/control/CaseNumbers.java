package es.viogen.intake.control;

/** Case numbers such as {@code VG-2026-000123}: the year of opening and a national sequence. */
public final class CaseNumbers {

    private CaseNumbers() {
    }

    public static String format(int year, long sequence) {
        return String.format("VG-%04d-%06d", year, sequence);
    }
}
