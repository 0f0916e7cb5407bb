package es.viogen.municipal.api;

import java.util.List;

/**
 * Coverage of a region or province: integrated municipalities over those in the programme.
 *
 * @param provinceCode null for a whole region
 */
public record CoverageView(String regionCode, String provinceCode, int programme, int integrated, double percentage,
                           List<String> pendingIneCodes) {
}
