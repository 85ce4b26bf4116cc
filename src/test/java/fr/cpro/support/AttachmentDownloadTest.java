package fr.cpro.support;

import fr.cpro.CproTest;
import fr.cpro.account.AccountService;
import fr.cpro.establishment.EstablishmentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.io.ByteArrayInputStream;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The download address through the whole Spring Security chain: ranges, names, and ownership. */
@CproTest
class AttachmentDownloadTest {

    @Autowired WebApplicationContext context;
    @Autowired TicketService tickets;
    @Autowired AttachmentReceiver receiver;
    @Autowired UserDetailsService users;
    @Autowired EstablishmentService establishments;
    @Autowired AccountService accounts;

    private MockMvc mvc;
    private byte[] bytes;
    private long fileId;

    @BeforeEach
    void aTicketOfSchoolAWithAFile() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        SupportTestUsers.ensureSchoolB(establishments, accounts);
        SupportTestUsers.signIn(users, SupportTestUsers.SCHOOL_A);
        bytes = TicketServiceTest.pdfBytes(50_000);
        var file = receiver.receive(new ByteArrayInputStream(bytes), "Compte rendu été 2026.pdf", bytes.length, n -> { });
        var ref = tickets.create(new NewTicket(SupportCategory.UTILISATION, "Téléchargement", "Voir pièce jointe"),
                file).reference();
        fileId = tickets.get(ref).messages().getFirst().attachments().getFirst().id();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String url() {
        return "/assistance/pieces-jointes/" + fileId;
    }

    @Test
    void theSchoolDownloadsTheWholeFileWithItsLengthAndAccentedName() throws Exception {
        var response = mvc.perform(get(url()).with(user(users.loadUserByUsername(SupportTestUsers.SCHOOL_A))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Length", String.valueOf(bytes.length)))
                .andExpect(header().string("Accept-Ranges", "bytes"))
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse();
        String disposition = response.getHeader("Content-Disposition");
        // filename* (RFC 5987) is what browsers use; the header reads back as the accented name.
        assertThat(disposition).startsWith("attachment;")
                .contains("filename*=UTF-8''Compte%20rendu%20%C3%A9t%C3%A9%202026.pdf");
        assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo("Compte rendu été 2026.pdf");
        assertThat(response.getContentAsByteArray()).isEqualTo(bytes);
    }

    @Test
    void aRangeRequestGetsPartialContentSoADownloadCanResume() throws Exception {
        var response = mvc.perform(get(url()).header("Range", "bytes=40000-")
                        .with(user(users.loadUserByUsername(SupportTestUsers.SCHOOL_A))))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 40000-49999/50000"))
                .andExpect(header().string("Content-Length", "10000"))
                .andReturn().getResponse();
        assertThat(response.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(bytes, 40_000, 50_000));
    }

    @Test
    void anAgentGetsTheFile() throws Exception {
        mvc.perform(get(url()).with(user(users.loadUserByUsername(SupportTestUsers.AGENT)))).andExpect(status().isOk());
    }

    @Test
    void schoolBGetsTheSameAnswerAsForAFileThatDoesNotExist() throws Exception {
        var other = mvc.perform(get(url()).with(user(users.loadUserByUsername(SupportTestUsers.SCHOOL_B))))
                .andExpect(status().isNotFound()).andReturn().getResponse();
        var missing = mvc.perform(get("/assistance/pieces-jointes/999999999")
                        .with(user(users.loadUserByUsername(SupportTestUsers.SCHOOL_B))))
                .andExpect(status().isNotFound()).andReturn().getResponse();
        assertThat(other.getContentAsString()).isEqualTo(missing.getContentAsString());
        assertThat(other.getHeader("Content-Disposition")).isNull();
    }

    @Test
    void aNonNumericIdIsAnsweredLikeAMissingFile() throws Exception {
        var school = user(users.loadUserByUsername(SupportTestUsers.SCHOOL_A));
        var missing = mvc.perform(get("/assistance/pieces-jointes/999999999").with(school))
                .andExpect(status().isNotFound()).andReturn().getResponse();
        for (String id : new String[] {"abc", "12x", "-1", "99999999999999999999999"}) {
            var response = mvc.perform(get("/assistance/pieces-jointes/" + id).with(school))
                    .andExpect(status().isNotFound()).andReturn().getResponse();
            assertThat(response.getContentAsString()).isEqualTo(missing.getContentAsString()).isNotEmpty();
        }
    }

    @Test
    void nobodySignedInGetsNothing() throws Exception {
        // Sent to the sign-in page, as any protected address; not a byte of the file.
        var response = mvc.perform(get(url())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
        assertThat(response.getContentAsByteArray()).isEmpty();
    }
}
