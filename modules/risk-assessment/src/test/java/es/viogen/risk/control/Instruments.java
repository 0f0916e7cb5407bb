package es.viogen.risk.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The bundled instruments for tests. */
final class Instruments {

    private Instruments() {
    }

    static String json(String file) {
        try (InputStream in = Instruments.class.getResourceAsStream("/es/viogen/risk/instruments/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Instrument vpr() {
        return InstrumentReader.read(json("vpr-5.0-vg1.json"));
    }

    static Instrument vperIncident() {
        return InstrumentReader.read(json("vper-i-4.1-vg1.json"));
    }

    static Instrument vperPeriodic() {
        return InstrumentReader.read(json("vper-p-4.1-vg1.json"));
    }

    static Instrument vpr2() {
        return InstrumentReader.read(json("vpr-5.0-vg2.json"));
    }

    static Instrument vperIncident2() {
        return InstrumentReader.read(json("vper-i-4.1-vg2.json"));
    }

    static Instrument vperPeriodic2() {
        return InstrumentReader.read(json("vper-p-4.1-vg2.json"));
    }

    /** Every indicator "No", then the given codes "Sí" and "No se sabe". */
    static Map<String, Answer> answers(Instrument in, String yes, String unknown) {
        Map<String, Answer> m = new HashMap<>();
        in.indicators().forEach(i -> m.put(i.code(), Answer.NO));
        for (String c : split(yes)) {
            if (!m.containsKey(c)) {
                throw new IllegalArgumentException("no indicator " + c);
            }
            m.put(c, Answer.YES);
        }
        for (String c : split(unknown)) {
            m.put(c, Answer.UNKNOWN);
        }
        return m;
    }

    private static String[] split(String s) {
        return s == null || s.isBlank() ? new String[0] : s.trim().split("\\s+");
    }
}
