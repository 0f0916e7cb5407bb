package es.viogen.risk.control;

import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns raw answers (indicator code to "SI"/"NO"/"NO_SE_SABE") into a complete, checked answer map. */
public final class AnswerSheet {

    private AnswerSheet() {
    }

    /**
     * Every indicator of the instrument must be answered (an unknown is answered "No se sabe", never left out) and
     * no other codes may appear; otherwise {@link InvalidInput} names each field ({@code answers.<code>}).
     */
    public static Map<String, Answer> of(Instrument instrument, Map<String, String> raw) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Answer> answers = new LinkedHashMap<>();
        Map<String, String> given = raw == null ? Map.of() : raw;
        Map<String, Indicator> byCode = instrument.indicatorsByCode();
        for (Indicator i : byCode.values()) {
            String v = given.get(i.code());
            if (v == null || v.isBlank()) {
                errors.add(new FieldError("answers." + i.code(), "risk.answer.missing", i.number()));
                continue;
            }
            Answer.parse(v).ifPresentOrElse(a -> answers.put(i.code(), a),
                    () -> errors.add(new FieldError("answers." + i.code(), "risk.answer.invalid", v)));
        }
        for (String code : given.keySet()) {
            if (!byCode.containsKey(code)) {
                errors.add(new FieldError("answers." + code, "risk.answer.unknownIndicator", code));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return answers;
    }
}
