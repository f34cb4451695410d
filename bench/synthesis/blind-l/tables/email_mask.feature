Feature: Masked email on the reset page
  On the password reset page the email address is shown with the middle of the
  name hidden: the first and last characters before the @ stay, every character
  between them becomes a *, and the domain is shown in full. A name of one or two
  characters is shown as it is.

  Scenario Outline: showing where the reset link went
    Given the account email is "<email>"
    When the email is masked
    Then the page shows "<masked>"

    Examples:
      | email                   | masked                  |
      | maria.lopez@example.com | m*********z@example.com |
      | omar@mail.net           | o**r@mail.net           |
      | jo@site.org             | jo@site.org             |
      | x@site.org              | x@site.org              |
      | ann@shop.co.uk          | a*n@shop.co.uk          |
      | Priya.Shah88@work.io    | P**********8@work.io    |
      | tom_b@post.de           | t***b@post.de           |
      | info@bakery-lane.com    | i**o@bakery-lane.com    |
