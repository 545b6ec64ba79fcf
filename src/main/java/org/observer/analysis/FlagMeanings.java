package org.observer.analysis;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;
import org.observer.forensics.StationFlag;

/**
 * Every flag, for the tag that lists what each means ({#forensicsFlagMeanings flags=stationFlags /}): pages show short
 * labels beside stations and the sentences once below, readable on a phone where a tooltip is not.
 */
@TemplateGlobal
public class FlagMeanings {
    static final List<StationFlag> stationFlags = List.of(StationFlag.values());

    private FlagMeanings() {
    }
}
