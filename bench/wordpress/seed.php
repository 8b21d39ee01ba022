<?php
// Run by bench/wordpress.sh with PHP's command line, as WordPress's own code: installs
// WordPress without a browser (wp-cli is not in Debian) and publishes the seed article
// as a post at the app's permalink, with its tags and section.
//
//   php bench/wordpress/seed.php install CONFIG HOME
//   php bench/wordpress/seed.php publish CONFIG HOME SOURCE.txt SOURCE.meta SLUG
//
// CONFIG names /etc/wordpress/config-CONFIG.php, which Debian's wp-config.php reads
// (WORDPRESS_CONFIG, as nginx passes it too); HOME is the site's address.

if (PHP_SAPI !== 'cli') {
    exit(1);
}
[$mode, $config, $home] = array_slice($argv, 1, 3) + [null, null, null];
if (!in_array($mode, ['install', 'publish'], true) || !$config || !$home) {
    fwrite(STDERR, "usage: seed.php install|publish CONFIG HOME [SOURCE.txt SOURCE.meta SLUG]\n");
    exit(2);
}
$_SERVER['WORDPRESS_CONFIG'] = $config;
$_SERVER['HTTP_HOST'] = parse_url($home, PHP_URL_HOST) . ':' . parse_url($home, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

if ($mode === 'install') {
    define('WP_INSTALLING', true);
    require '/usr/share/wordpress/wp-load.php';
    // No mail to the administrator: the machine has no mailer. (Pluggable, so defined
    // before upgrade.php.)
    function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password) {
    }
    require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    if (is_blog_installed()) {
        fwrite(STDERR, "WordPress is installed already\n");
        exit(1);
    }
    $result = wp_install('News Archive', 'editor', 'editor@example.invalid', true, '', wp_generate_password(24));
    // The sample post, page and privacy page of a new install: the archive holds the
    // seed article only, as the app's seed archive does.
    foreach (get_posts(['post_type' => 'any', 'post_status' => 'any', 'numberposts' => -1]) as $post) {
        wp_delete_post($post->ID, true);
    }
    global $wp_rewrite;
    $wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%day%/%postname%/');
    update_option('blogdescription', 'A read-only news archive');
    flush_rewrite_rules(false);
    echo 'installed, theme ', get_option('stylesheet'), ', WordPress ', get_bloginfo('version'), "\n";
    exit(0);
}

[$source, $meta, $slug] = array_slice($argv, 4, 3) + [null, null, null];
if (!is_readable((string) $source) || !is_readable((string) $meta) || !$slug) {
    fwrite(STDERR, "publish needs SOURCE.txt SOURCE.meta SLUG\n");
    exit(2);
}
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/taxonomy.php';

// The metadata: key: value lines, # comments (MetadataParser).
$metadata = [];
foreach (preg_split('/\r\n|\n|\r/', file_get_contents($meta)) as $line) {
    $line = trim($line);
    if ($line === '' || $line[0] === '#' || strpos($line, ':') === false) {
        continue;
    }
    [$key, $value] = explode(':', $line, 2);
    $metadata[trim($key)] = trim($value);
}
$tags = array_values(array_unique(array_filter(array_map('trim', explode(',', $metadata['tags'] ?? '')))));

// The app's slugs (Slugs.of): accents and apostrophes dropped, other runs of
// non-alphanumerics one hyphen. WordPress's own would differ for some names. (Debian's
// PHP has neither intl nor mbstring unless asked for: WordPress's remove_accents.)
function archive_slug(string $text): string {
    $folded = strtolower(remove_accents($text));
    return trim(preg_replace('/[^a-z0-9]+/', '-', preg_replace("/['’]/u", '', $folded)), '-');
}

function length(string $text): int {
    return preg_match_all('/./su', $text);
}

// A photo credit (PhotoCredit.isCredit): one to three slash-separated name-like parts,
// one of them a picture agency.
function is_credit(string $line): bool {
    static $agencies = ['reuters', 'ap', 'ap photo', 'associated press', 'afp', 'afp photo', 'getty', 'getty images',
        'epa', 'epa-efe', 'efe', 'shutterstock', 'bloomberg', 'handout', 'pool', 'xinhua', 'kcna', 'yonhap',
        'sputnik', 'tass', 'anadolu', 'imago', 'alamy', 'press association', 'pa', 'pa images', 'business insider',
        'wikimedia commons', 'flickr', 'nasa', 'youtube', 'twitter', 'screenshot', 'courtesy', 'kyodo', 'ians',
        'pti', 'ani'];
    $text = trim($line);
    if ($text === '' || length($text) > 120) {
        return false;
    }
    $parts = explode('/', $text);
    if (count($parts) > 3) {
        return false;
    }
    $agency = false;
    foreach ($parts as $part) {
        foreach (preg_split('/\s+via\s+/iu', trim($part)) as $name) {
            $name = trim($name);
            if (!preg_match("/^[\\p{L}\\p{M}\\p{Nd} .'’&-]{1,60}$/u", $name)) {
                return false;
            }
            $lower = strtolower($name);
            $agency = $agency || in_array($lower, $agencies, true) || str_ends_with($lower, '-pool')
                || str_ends_with($lower, ' pool');
        }
    }
    return $agency;
}

function is_bullet(string $line): bool {
    return (bool) preg_match('/^[•●▪◦‣]/u', $line);
}

function is_subheading(string $text): bool {
    if (length($text) > 120 || strpos($text, '. ') !== false) {
        return false;
    }
    preg_match('/.$/su', $text, $last);
    return !str_contains(".,;:\"”“'’…)]", $last[0]) && $text[0] !== '"' && !str_starts_with($text, '“');
}

// The text (SourceParser): line 1 the headline; Advertisement lines and a repeat of the
// headline are noise; bullets, photos (label, credit, caption), subheadings and
// paragraphs become the blocks the block editor would have written.
$lines = preg_split('/\r\n|\n|\r/', preg_replace('/^\x{FEFF}/u', '', file_get_contents($source)));
$headline = trim($lines[0]);
$content = [];
foreach (array_slice($lines, 1) as $line) {
    $line = trim($line);
    if ($line === '' || $line === 'Advertisement' || ($content === [] && $line === $headline)) {
        continue;
    }
    $content[] = $line;
}
$blocks = [];
$bullets = [];
$flush_bullets = function () use (&$blocks, &$bullets) {
    if ($bullets !== []) {
        $items = array_map(fn($b) => "<!-- wp:list-item -->\n<li>" . esc_html($b) . "</li>\n<!-- /wp:list-item -->", $bullets);
        $blocks[] = "<!-- wp:list -->\n<ul>" . implode("\n", $items) . "</ul>\n<!-- /wp:list -->";
        $bullets = [];
    }
};
for ($i = 0; $i < count($content); $i++) {
    $line = $content[$i];
    if (is_bullet($line)) {
        $bullets[] = trim(preg_replace('/^[•●▪◦‣]\s*/u', '', $line));
        continue;
    }
    $flush_bullets();
    if ($i + 2 < count($content) && is_credit($content[$i + 1])) {
        [$label, $credit, $caption] = array_slice($content, $i, 3);
        $blocks[] = "<!-- wp:html -->\n<figure class=\"photo\"><figcaption><strong>" . esc_html($label) . '</strong> '
            . esc_html($caption) . ' <small>' . esc_html($credit) . "</small></figcaption></figure>\n<!-- /wp:html -->";
        $i += 2;
    } elseif (is_subheading($line)) {
        $blocks[] = "<!-- wp:heading -->\n<h2>" . esc_html($line) . "</h2>\n<!-- /wp:heading -->";
    } else {
        $blocks[] = "<!-- wp:paragraph -->\n<p>" . esc_html($line) . "</p>\n<!-- /wp:paragraph -->";
    }
}
$flush_bullets();
$blocks[] = "<!-- wp:paragraph -->\n<p>Originally published by " . esc_html($metadata['publisher'] ?? '')
    . ': <a href="' . esc_url($metadata['original-url'] ?? '') . '">' . esc_html($metadata['original-url'] ?? '')
    . "</a></p>\n<!-- /wp:paragraph -->";

$tag_ids = [];
foreach ($tags as $tag) {
    $term = get_term_by('slug', archive_slug($tag), 'post_tag')
        ?: get_term(wp_insert_term($tag, 'post_tag', ['slug' => archive_slug($tag)])['term_id'], 'post_tag');
    $tag_ids[] = (int) $term->term_id;
}
$categories = [];
if (!empty($metadata['section'])) {
    $categories[] = (int) wp_create_category($metadata['section']);
}
$published = ($metadata['published'] ?? '2017-12-13') . ' 12:00:00';
$id = wp_insert_post([
    'post_title' => $headline,
    'post_name' => $slug,
    'post_content' => implode("\n\n", $blocks),
    'post_status' => 'publish',
    'post_author' => 1,
    'post_date' => $published,
    'post_date_gmt' => $published,
    'post_category' => $categories,
], true);
if (is_wp_error($id)) {
    fwrite(STDERR, $id->get_error_message() . "\n");
    exit(1);
}
wp_set_post_terms($id, $tag_ids, 'post_tag');
// Again, in a process that knew the permalink structure when it registered the
// taxonomies: the install's rules (made before it) have no tag or category pages.
flush_rewrite_rules(false);
echo parse_url(get_permalink($id), PHP_URL_PATH), ' ', count($blocks), ' blocks, tags ',
    implode(',', wp_get_post_tags($id, ['fields' => 'slugs'])), "\n";
