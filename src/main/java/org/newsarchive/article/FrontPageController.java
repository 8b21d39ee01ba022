package org.newsarchive.article;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: the latest articles. */
@Controller
class FrontPageController {

	static final int LATEST = 20;

	private final ArticleService articles;

	FrontPageController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping("/")
	String frontPage(Model model) {
		model.addAttribute("latest", this.articles.latest(LATEST));
		return "home/front";
	}

}
