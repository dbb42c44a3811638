package gr.integrity.register.run;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The machine as the run command finds it: which ports are taken and by whom, and which processes an earlier run
 * left behind (found by the folders on their command line, so that nobody else's process is ever touched).
 * Reads Linux's {@code /proc}, as the embedded database itself only runs on Linux here.
 */
final class LocalProcesses {

    private LocalProcesses() {
    }

    /** Whether something listens on the port, or would keep a server from listening there. */
    static boolean inUse(String bindAddress, int port) {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException nobodyAnswers) {
            // then try to take it ourselves, on the address the server would use
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(bindAddress), port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Who listens on the port, as "pid 1234 (nginx)", when the process is visible to this user. */
    static Optional<String> holder(int port) {
        Optional<String> inode = listeningInode(port);
        if (inode.isEmpty()) {
            return Optional.empty();
        }
        String socket = "socket:[" + inode.get() + "]";
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> holdsSocket(p, socket))
                    .findFirst()
                    .map(p -> describe(Long.parseLong(p.getFileName().toString())));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Live processes whose command line names the folder (a leftover server of ours runs with its folders named). */
    static List<ProcessHandle> naming(Path folder, Predicate<String> alsoRequired) {
        String path = folder.toAbsolutePath().normalize().toString();
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> commandLine(p).map(line -> line.contains(path) && alsoRequired.test(line)).orElse(false))
                .toList();
    }

    /** Asks a process to stop (SIGTERM) and waits; kills it if it has not stopped in time. */
    static void stop(ProcessHandle process, Duration patience) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        if (!awaitExit(process, patience)) {
            process.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            awaitExit(process, Duration.ofSeconds(10));
        }
        children.forEach(child -> awaitExit(child, Duration.ofSeconds(10)));
    }

    private static boolean awaitExit(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    static String describe(long pid) {
        return ProcessHandle.of(pid)
                .flatMap(p -> p.info().command())
                .map(command -> "pid " + pid + " (" + Path.of(command).getFileName() + ")")
                .orElse("pid " + pid);
    }

    static Optional<String> commandLine(ProcessHandle process) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
            return Optional.of(new String(raw, java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' '));
        } catch (IOException | SecurityException e) {
            return process.info().commandLine();
        }
    }

    private static Optional<String> listeningInode(int port) {
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] columns = line.trim().split("\\s+");
                    // local address, state 0A = LISTEN, inode in the tenth column
                    if (columns.length > 9 && columns[1].endsWith(hexPort) && columns[3].equals("0A")) {
                        return Optional.of(columns[9]);
                    }
                }
            } catch (IOException | SecurityException e) {
                // a table this kernel does not have
            }
        }
        return Optional.empty();
    }

    private static boolean holdsSocket(Path process, String socket) {
        try (Stream<Path> descriptors = Files.list(process.resolve("fd"))) {
            return descriptors.anyMatch(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().equals(socket);
                } catch (IOException | SecurityException e) {
                    return false;
                }
            });
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
