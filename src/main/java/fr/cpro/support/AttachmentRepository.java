package fr.cpro.support;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Set;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    @Query("select a from Attachment a join fetch a.message m join fetch m.ticket where a.id = :id")
    java.util.Optional<Attachment> findWithTicket(long id);

    List<Attachment> findByMessageIn(Collection<TicketMessage> messages);

    /** Of these storage keys, those that an attachment names (the sweep asks in batches). */
    @Query("select a.storageKey from Attachment a where a.storageKey in :keys")
    Set<String> findStorageKeysIn(Collection<String> keys);
}
