package es.viogen.municipal.api;

import java.util.List;
import java.util.Optional;

/** Query interface over the INE municipality registry. */
public interface Municipalities {

    Optional<MunicipalityView> find(String ineCode);

    /** By name (accent- and case-insensitive prefix or contains), at most {@code max}. */
    List<MunicipalityView> search(String text, int max);
}
