package es.viogen.risk.control;

import java.util.List;

/** A group of indicators (e.g. "Historia de violencia"). */
public record Factor(String code, String nameEs, String nameEn, List<Indicator> indicators) {

    public Factor {
        indicators = List.copyOf(indicators);
    }

    public String name(boolean spanish) {
        return spanish || nameEn == null ? nameEs : nameEn;
    }
}
