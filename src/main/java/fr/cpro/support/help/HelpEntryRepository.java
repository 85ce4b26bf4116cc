package fr.cpro.support.help;

import fr.cpro.support.SupportCategory;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface HelpEntryRepository extends JpaRepository<HelpEntry, Long>, JpaSpecificationExecutor<HelpEntry> {

    /** What schools read: the published entries of a category, in editorial order. */
    List<HelpEntry> findByCategoryAndPublishedTrueOrderByEditorialOrder(SupportCategory category);

    /** The editor's list: every entry of a category, published or not (the page's sort gives the order). */
    List<HelpEntry> findByCategory(SupportCategory category, Pageable page);

    long countByCategory(SupportCategory category);

    boolean existsByIdAndPublishedTrue(long id);

    /** The category's entries, locked, in editorial order: two moves in one category run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from HelpEntry e where e.category = :category order by e.editorialOrder")
    List<HelpEntry> lockCategory(@Param("category") SupportCategory category);

    @Query("select coalesce(max(e.editorialOrder), 0) from HelpEntry e")
    int maxEditorialOrder();

    /** Sets the order without touching the version: moving an entry never makes an open edit of it stale. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update HelpEntry e set e.editorialOrder = :order where e.id = :id")
    int setEditorialOrder(@Param("id") long id, @Param("order") int order);

    /** Publishes or withdraws without touching the version (the editor's text is not concerned). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update HelpEntry e set e.published = :published where e.id = :id")
    int setPublished(@Param("id") long id, @Param("published") boolean published);
}
