import type { PropsWithChildren } from 'react'
// Registers the session with the API client before any page requests data.
import '@/stores/session'
import './app.css'

function App({ children }: PropsWithChildren) {
  return children
}

export default App
