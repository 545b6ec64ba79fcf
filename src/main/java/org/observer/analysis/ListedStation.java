package org.observer.analysis;

import org.observer.election.LocalizedName;

/**
 * A station as the election's list has it, whether or not any protocol has come in: the frame the
 * quick-count sample is drawn from, and what a page needs to name and link a station.
 */
public record ListedStation(long id, String number, String name, String address, long unitId, String unitCode,
        LocalizedName unitName, long districtId, int districtNumber) {
}
