package org.observer.support;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small election definition written in the tests, to change one line and see what happens. */
public final class SmallElection {
    private final Map<String, String> files = new LinkedHashMap<>();

    public SmallElection(String code) {
        files.put("election.csv", """
                code,name_en,name_ru,name_kk,election_date,list_seats,threshold_percent,seat_method
                %s,Small election,Малые выборы,Шағын сайлау,2024-05-05,10,5,DHONDT
                """.formatted(code));
        files.put("parties.csv", """
                # ballot order
                position,code,kind,name_en,name_ru,name_kk,colour
                1,RED,party,"Red Party, the",Красная партия,Қызыл партия,#B22222
                2,BLUE,party,Blue Party,Синяя партия,Көк партия,#1f4e9a
                3,AGAINST_ALL,against_all,Against all,Против всех,Барлығына қарсы,#555555
                """);
        files.put("units.csv", """
                code,kind,name_en,name_ru,name_kk,time_zone
                NORTH,region,North,Север,Солтүстік,Asia/Almaty
                CAPITAL,city,Capital,Столица,Астана,Asia/Almaty
                ABROAD,abroad,Abroad,За рубежом,Шетелде,Asia/Almaty
                """);
        files.put("districts.csv", """
                number,unit,name_en,name_ru,name_kk
                1,CAPITAL,Capital 1,Столичный 1,Астана 1
                2,NORTH,North 2,Северный 2,Солтүстік 2
                """);
        files.put("candidates.csv", """
                district,position,full_name,party,source
                1,1,Aliya Testova,RED,generated
                1,2,Bolat Testov,,generated
                2,1,Saule Sample,BLUE,generated
                """);
        files.put("stations.csv", """
                number,name,address,unit,district,registered_voters,country,time_zone,latitude,longitude,source
                # stations of the capital
                100,School 1,"Main St 1, Capital",CAPITAL,1,1500,,,51.16,71.47,generated
                101,School 2,Main St 2,CAPITAL,1,1200,,,,,generated
                200,Village hall,"Field Rd 3
                North",NORTH,2,300,,,,,generated
                900,Embassy in Berlin,Berlin,ABROAD,1,80,DE,Europe/Berlin,,,generated
                """);
    }

    public SmallElection with(String file, String content) {
        files.put(file, content);
        return this;
    }

    public SmallElection without(String file) {
        files.remove(file);
        return this;
    }

    public String content(String file) {
        return files.get(file);
    }

    public Map<String, String> contents() {
        return files;
    }

    public Map<String, InputStream> streams() {
        Map<String, InputStream> streams = new LinkedHashMap<>();
        files.forEach((name, text) -> streams.put(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        return streams;
    }
}
