package es.viogen.municipal.api;

import java.util.List;

public interface CoverageQueries {

    CoverageView region(String regionCode);

    List<CoverageView> provinces(String regionCode);
}
