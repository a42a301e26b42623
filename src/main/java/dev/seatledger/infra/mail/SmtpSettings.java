package dev.seatledger.infra.mail;

/** Where and how to send mail. The password is held only in memory (stored encrypted in the settings). */
public record SmtpSettings(String host, int port, boolean startTls, String user, String password, String from) {
    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", user=" + user + ", from=" + from + "]";
    }
}
