Feature: Masked recovery email
  When we tell a customer where a reset link was sent, the address is shown
  in lower case with only the first and the last character of the part before
  the @ and one star for each character hidden. If that part has three
  characters or fewer, only its first character is shown. The domain is
  shown in full.

  Scenario Outline: confirmation text
    Given the customer's email is "<email>"
    When the reset confirmation is shown
    Then the page says the link went to "<masked>"

    Examples:
      | email                 | masked                |
      | Peter.Smith@Post.net  | p*********h@post.net  |
      | ali@home.com          | a**@home.com          |
      | LU@site.eu            | l*@site.eu            |
      | kai9@x.org            | k**9@x.org            |
      | Z@zmail.com           | z@zmail.com           |
      | maria_lopez@correo.es | m*********z@correo.es |
