package org.newsarchive.image;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads images: their bytes to serve them, their dimensions to lay out a page. */
@Transactional(readOnly = true)
public interface ImageRepository extends Repository<Image, String> {

	/** The images with these ids and all their renditions, in one statement. */
	@Query("""
			select new org.newsarchive.image.ImageInfo(i.id, i.fileName, i.mediaType, i.width, i.height, i.variantOf)
			from Image i where i.id in :ids or i.variantOf in :ids order by i.width""")
	List<ImageInfo> findWithRenditions(Collection<String> ids);

	Optional<Image> findById(String id);

}
