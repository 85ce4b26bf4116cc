package fr.cpro.mail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.Properties;

/**
 * The SMTP client, built from {@link MailSettings} so that {@code CPRO_MAIL_*} is the one
 * place to configure mail (Spring Boot's own {@code spring.mail.*} steps aside).
 */
@Configuration(proxyBeanMethods = false)
class MailSenderConfig {

    @Bean
    JavaMailSenderImpl mailSender(MailSettings settings) {
        var sender = new JavaMailSenderImpl();
        sender.setDefaultEncoding("UTF-8");
        if (!settings.configured()) {
            return sender; // never used: the worker sends nothing without a host
        }
        sender.setHost(settings.host());
        sender.setPort(settings.port());
        if (!settings.username().isBlank()) {
            sender.setUsername(settings.username());
            sender.setPassword(settings.password());
        }
        Properties props = sender.getJavaMailProperties();
        String timeout = String.valueOf(settings.timeout().toMillis());
        props.put("mail.smtp.connectiontimeout", timeout);
        props.put("mail.smtp.timeout", timeout);
        props.put("mail.smtp.writetimeout", timeout);
        props.put("mail.smtp.auth", String.valueOf(!settings.username().isBlank()));
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        props.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
        return sender;
    }
}
