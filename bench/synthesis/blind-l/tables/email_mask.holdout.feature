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
      | email                  | masked                 |
      | li@home.net            | li@home.net            |
      | kate.jones@mail.com    | k********s@mail.com    |
      | z@q.io                 | z@q.io                 |
      | ben@web.com            | b*n@web.com            |
      | Sam.Lee.2@uni.ac.uk    | S*******2@uni.ac.uk    |
      | orders@bakery-lane.com | o****s@bakery-lane.com |
