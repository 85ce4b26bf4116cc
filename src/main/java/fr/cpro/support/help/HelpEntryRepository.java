package fr.cpro.support.help;

import fr.cpro.support.SupportCategory;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.List;

interface HelpEntryRepository extends JpaRepository<HelpEntry, Long>, JpaSpecificationExecutor<HelpEntry> {

    List<HelpEntry> findByCategoryOrderByEditorialOrder(SupportCategory category);
}
