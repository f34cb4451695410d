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
      | email                | masked               |
      | jane.doe@example.com | j******e@example.com |
      | Tom@Mailbox.org      | t**@mailbox.org      |
      | jo@web.de            | j*@web.de            |
      | x@short.io           | x@short.io           |
      | ANNA.K@Example.COM   | a****k@example.com   |
      | mark@company.co.uk   | m**k@company.co.uk   |
      | s.patel99@uni.ac.uk  | s*******9@uni.ac.uk  |
      | info@bakery.fr       | i**o@bakery.fr       |
